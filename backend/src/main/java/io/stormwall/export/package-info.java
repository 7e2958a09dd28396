/**
 * Taking a wall home: the board as a lossless JSON file that can be imported again as a new board, as CSV, as
 * images and as the workshop's written report. Every export needs a token of any role.
 */
package io.stormwall.export;

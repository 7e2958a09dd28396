/** Taking the wall home after the workshop: files and reports derived from a board. */
package io.stormwall.export;

/** Taking the wall home after the workshop: photos, files and reports of a board. */
package io.stormwall.export;

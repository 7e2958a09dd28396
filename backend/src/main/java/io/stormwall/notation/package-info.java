/**
 * How the method reads a wall: where each sticky belongs ({@link io.stormwall.notation.Placement}) and what its
 * arrows mean ({@link io.stormwall.notation.Flow}). Pure rules over a list of elements, with no state of their own;
 * every export and every check of the notation reads the wall through them, so they never disagree.
 */
package io.stormwall.notation;

/**
 * The notation coach: reads a wall and names where the model breaks the method's rules (language of stickies,
 * grammar of arrows, structure of aggregates and contexts). It advises and never refuses an edit.
 */
package io.stormwall.coach;

/**
 * The catalog of session formats (big picture, process level, architecture, free): each format's phases in order,
 * their questions and timeboxes, and which kinds each phase unlocks. Read-only facts from
 * {@code formats/*.json}; the wall applies them (its phase gate and timer), the board names a format when created.
 */
package io.stormwall.format;

package io.stormwall.web;

/** One thing wrong with a request body, at its JSON path (such as {@code elements[3].text}). */
public record InputProblem(String path, String message) {}

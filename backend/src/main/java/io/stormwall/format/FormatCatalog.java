package io.stormwall.format;

import java.util.List;
import java.util.Optional;

/** The session formats Stormwall knows, kept as data (formats/catalog.json). */
public interface FormatCatalog {

    String DEFAULT_FORMAT = "process-level";

    List<SessionFormat> all();

    Optional<SessionFormat> find(String id);
}

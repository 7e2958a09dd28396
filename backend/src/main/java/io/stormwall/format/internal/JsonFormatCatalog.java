package io.stormwall.format.internal;

import io.stormwall.format.FormatCatalog;
import io.stormwall.format.SessionFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

@Component
class JsonFormatCatalog implements FormatCatalog {

    private record Catalog(List<SessionFormat> formats) {}

    private final List<SessionFormat> formats;

    JsonFormatCatalog(JsonMapper mapper) {
        try (InputStream in = new ClassPathResource("formats/catalog.json").getInputStream()) {
            this.formats = List.copyOf(mapper.readValue(in, Catalog.class).formats());
        } catch (IOException e) {
            throw new UncheckedIOException("formats/catalog.json is unreadable", e);
        }
    }

    @Override
    public List<SessionFormat> all() {
        return formats;
    }

    @Override
    public Optional<SessionFormat> find(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}

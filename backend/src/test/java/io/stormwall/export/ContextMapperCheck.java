package io.stormwall.export;

import com.google.inject.Injector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.contextmapper.dsl.ContextMappingDSLStandaloneSetup;
import org.contextmapper.dsl.contextMappingDSL.ContextMappingModel;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;

/** Reads CML with Context Mapper's own parser and validator, the way its tools read a model file. */
final class ContextMapperCheck {

    private static final Injector INJECTOR = new ContextMappingDSLStandaloneSetup().createInjectorAndDoEMFRegistration();

    /** The parsed model and every error the parser, the linker or the validator reported. */
    record Parsed(ContextMappingModel model, List<String> errors) {}

    private ContextMapperCheck() {}

    static Parsed parse(String cml) {
        try {
            Path file = Files.createTempFile("stormwall-export", ".cml");
            try {
                Files.writeString(file, cml);
                XtextResourceSet resources = INJECTOR.getInstance(XtextResourceSet.class);
                Resource resource = resources.getResource(URI.createFileURI(file.toString()), true);
                List<String> errors = new ArrayList<>();
                resource.getErrors().forEach(e -> errors.add("line " + e.getLine() + ": " + e.getMessage()));
                INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
                        .filter(issue -> issue.getSeverity() == Severity.ERROR)
                        .forEach(issue -> errors.add("line " + issue.getLineNumber() + ": " + issue.getMessage()));
                ContextMappingModel model = resource.getContents().isEmpty() ? null : (ContextMappingModel) resource.getContents().get(0);
                return new Parsed(model, List.copyOf(new TreeSet<>(errors)));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every keyword of the CML grammar that has the shape of an identifier: a sticky could read like any of them. */
    static Set<String> identifierLikeKeywords() {
        Set<String> keywords = new TreeSet<>();
        for (Keyword keyword : GrammarUtil.containedKeywords(INJECTOR.getInstance(IGrammarAccess.class).getGrammar())) {
            if (keyword.getValue().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                keywords.add(keyword.getValue());
            }
        }
        INJECTOR.getInstance(IGrammarAccess.class).getGrammar().getUsedGrammars().forEach(used ->
                GrammarUtil.containedKeywords(used).stream().map(Keyword::getValue)
                        .filter(v -> v.matches("[A-Za-z_][A-Za-z0-9_]*")).forEach(keywords::add));
        return keywords;
    }
}

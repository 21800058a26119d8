package org.matreport.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pack's FreeMarker templates: the built-in ones on the class path, optionally under a trust's own folder whose
 * files replace built-ins of the same name. One configuration per folder, built once and shared, because building
 * it and parsing templates is the slow part.
 */
final class Templates {

    /** Where the build puts the repository's {@code templates/} folder inside the jar. */
    static final String BUILT_IN = "/org/matreport/templates";

    private static final Templates BUILT_IN_ONLY = new Templates(null);
    private static final Map<Path, Templates> WITH_OVERRIDES = new ConcurrentHashMap<>();

    private final Configuration configuration;

    private Templates(TemplateLoader overrides) {
        this.configuration = configure(overrides);
    }

    /** The built-in templates, or those of {@code folder} first and the built-in ones behind them. */
    static Templates forFolder(Path folder) throws RenderException {
        if (folder == null) {
            return BUILT_IN_ONLY;
        }
        Path key = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(key)) {
            throw new RenderException("the templates folder " + folder + " does not exist or is not a folder", null);
        }
        Templates found = WITH_OVERRIDES.get(key);
        if (found != null) {
            return found;
        }
        try {
            // FileTemplateLoader refuses names that resolve outside its folder, so an include cannot read elsewhere.
            Templates made = new Templates(new FileTemplateLoader(key.toFile()));
            Templates raced = WITH_OVERRIDES.putIfAbsent(key, made);
            return raced == null ? made : raced;
        } catch (IOException e) {
            throw new RenderException("cannot read the templates folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Runs a template on a view and returns its text; every template fault names the template and line. */
    String render(String name, Object root) throws RenderException {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new RenderException("template " + name + " not found", e);
        } catch (ParseException e) {
            throw RenderException.of(e);
        } catch (IOException e) {
            throw new RenderException("cannot read template " + name + ": " + e.getMessage(), e);
        } catch (SecurityException e) {
            throw outside(name, e);
        }
        BoundedOutput out = new BoundedOutput(BoundedOutput.MOST_CHARS);
        try (TemplateClock.Running clock = TemplateClock.start(TemplateClock.SECONDS)) {
            try {
                template.process(root, out);
            } catch (RuntimeException | TemplateException e) {
                if (clock.rang()) {
                    throw new RenderException(
                            "template " + name + " (or one it includes) ran for more than " + TemplateClock.SECONDS
                                    + " seconds and was stopped; look for a list without end, such as 1..",
                            e);
                }
                throw e;
            }
        } catch (SecurityException e) {
            throw outside(name, e);
        } catch (TemplateException e) {
            throw RenderException.of(e);
        } catch (BoundedOutput.TooLarge e) {
            throw new RenderException(
                    "template " + name + " (or one it includes) " + e.getMessage() + ", more than any pack needs,"
                            + " and was stopped; look for a list without end, such as 1..",
                    e);
        } catch (IOException e) {
            // An include that fails to parse arrives here as a ParseException, which is an IOException.
            if (e instanceof ParseException parse) {
                throw RenderException.of(parse);
            }
            throw new RenderException("cannot render template " + name + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The template loader refuses a file that a link takes outside the templates folder. */
    private static RenderException outside(String name, SecurityException e) {
        return new RenderException(
                "template " + name + " reaches a file outside the templates folder (" + e.getMessage()
                        + "); copy the file into the folder instead of linking to it",
                e);
    }

    private static Configuration configure(TemplateLoader overrides) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34) {
            // Every template, included ones too, is loaded through here: each gets the clock's checks.
            @Override
            public Template getTemplate(
                    String name,
                    Locale locale,
                    Object customLookupCondition,
                    String encoding,
                    boolean parseAsFTL,
                    boolean ignoreMissing)
                    throws IOException {
                return TemplateClock.checked(
                        super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing));
            }
        };
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
        cfg.setTemplateLoader(
                overrides == null ? builtIn : new MultiTemplateLoader(new TemplateLoader[] {overrides, builtIn}));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.UK);
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        if (overrides != null) {
            // A trust editing its templates between runs in one JVM (a Maven daemon) should see the edit at once.
            cfg.setTemplateUpdateDelayMilliseconds(0);
        }

        // Faults are thrown to the caller, never printed into the output or logged by FreeMarker.
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        // A failure inside #attempt is the template's to recover from; FreeMarker would log it as SEVERE.
        cfg.setAttemptExceptionReporter((exception, environment) -> {});
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);

        // Templates print prepared views; they may not reach Java classes or the objects' API.
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        wrapper.setMemberAccessPolicy(TemplateMemberAccess.INSTANCE);
        cfg.setObjectWrapper(wrapper.build());

        // Free text the trust wrote may carry safe inline Markdown, through ${prose(...)}; see Prose.
        cfg.setSharedVariable("prose", Prose.INSTANCE);

        // The output format follows the file name, so escaping is on by default in both kinds of template.
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                        new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown),
                        new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.html.ftl"), html))
                .allowNoMatch(true));
        return cfg;
    }
}

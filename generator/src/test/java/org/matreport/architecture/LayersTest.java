package org.matreport.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers that point one way: utilities at the bottom, the engine that joins everything at the
 * top, and nothing below reaching up. A change that adds a dependency against that order fails here, with the
 * classes named, before it can turn into a cycle that makes every package depend on every other.
 */
class LayersTest {

    private static JavaClasses core;

    @BeforeAll
    static void importTheCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.matreport");
    }

    @Test
    void noPackageCycle() {
        slices().matching("org.matreport.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("support")
                .definedBy("org.matreport.support..")
                .layer("model")
                .definedBy("org.matreport.model..")
                .layer("text")
                .definedBy("org.matreport.text..")
                .layer("catalogue")
                .definedBy("org.matreport.catalogue..")
                .layer("load")
                .definedBy("org.matreport.load..")
                .layer("rules")
                .definedBy("org.matreport.rules..")
                .layer("findings")
                .definedBy("org.matreport.findings..")
                .layer("diff")
                .definedBy("org.matreport.diff..")
                .layer("schema")
                .definedBy("org.matreport.schema..")
                .layer("gias")
                .definedBy("org.matreport.gias..")
                .layer("render")
                .definedBy("org.matreport.render..")
                .layer("engine")
                .definedBy("org.matreport.engine..")
                .layer("preview")
                .definedBy("org.matreport.preview..")
                .whereLayer("preview")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("engine")
                .mayOnlyBeAccessedByLayers("preview")
                .whereLayer("render")
                .mayOnlyBeAccessedByLayers("engine", "preview")
                .whereLayer("gias")
                .mayOnlyBeAccessedByLayers("engine")
                .whereLayer("schema")
                .mayOnlyBeAccessedByLayers("engine")
                .whereLayer("diff")
                .mayOnlyBeAccessedByLayers("render", "engine")
                .whereLayer("findings")
                .mayOnlyBeAccessedByLayers("render", "engine", "preview")
                .whereLayer("rules")
                .mayOnlyBeAccessedByLayers("findings", "diff", "render", "engine", "preview")
                .whereLayer("load")
                .mayOnlyBeAccessedByLayers("rules", "findings", "diff", "schema", "gias", "render", "engine", "preview")
                .whereLayer("catalogue")
                .mayOnlyBeAccessedByLayers("load", "rules", "findings", "diff", "schema", "render", "engine")
                .whereLayer("text")
                .mayOnlyBeAccessedByLayers(
                        "catalogue", "load", "rules", "findings", "diff", "schema", "gias", "render", "engine")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers(
                        "text", "catalogue", "load", "rules", "findings", "diff", "schema", "gias", "render", "engine")
                .check(core);
    }
}

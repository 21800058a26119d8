package org.matreport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.catalogue.Link;
import org.matreport.catalogue.RuleInfo;
import org.matreport.model.Severity;

/**
 * What the catalogue says of a rule is made in one place only: the declaration beside the rule's check, whose named
 * steps keep a rationale from landing where the action belongs. A class that built it from positional texts instead
 * fails here.
 */
class OneDeclarationTest {

    @Test
    void onlyARulesDeclarationMakesWhatTheCatalogueSaysOfIt() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.matreport.rules.Rule$Declaration")
                .should()
                .callConstructor(
                        RuleInfo.class,
                        String.class,
                        String.class,
                        Severity.class,
                        Link.class,
                        List.class,
                        String.class,
                        String.class,
                        String.class,
                        boolean.class)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.matreport"));
    }
}

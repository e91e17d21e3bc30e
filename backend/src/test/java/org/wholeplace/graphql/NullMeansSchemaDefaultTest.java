package org.wholeplace.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.wholeplace.WholePlaceTest;

/** A null sent where the schema states a default gets the default, as leaving the argument out does. */
@WholePlaceTest
class NullMeansSchemaDefaultTest {

    @Autowired
    HttpGraphQlTester graphQl;

    private List<String> services(String arguments) {
        return graphQl.document("{ services" + arguments + " { code } }").execute()
                .path("services[*].code").entityList(String.class).get();
    }

    @Test
    void aNullArgumentTakesTheSchemasDefault() {
        List<String> byDefault = services("");

        assertThat(services("(detailed: null)")).isEqualTo(byDefault).isEqualTo(services("(detailed: false)"));
        assertThat(services("(detailed: true)")).hasSizeGreaterThan(byDefault.size());
    }

    @Test
    void aNullFilterAndNullFieldsOfOneTakeTheirDefaults() {
        // the schema's defaults: filter {}, its measure net-current-expenditure and basis [OUTTURN], limit 1000
        String fields = "{ measure { code } rows { basis } }";
        var left = graphQl.document("{ spend " + fields + " }").execute();
        left.path("spend.measure.code").entity(String.class).isEqualTo("net-current-expenditure");
        left.path("spend.rows[0].basis").entity(String.class).isEqualTo("OUTTURN");
        var nulls = graphQl.document("{ spend(filter: null, limit: null) " + fields + " }").execute();
        nulls.path("spend.measure.code").entity(String.class).isEqualTo("net-current-expenditure");
        nulls.path("spend.rows[0].basis").entity(String.class).isEqualTo("OUTTURN");
        var nullFields = graphQl.document("{ spend(filter: {measure: null, basis: null}) " + fields + " }")
                .execute();
        nullFields.path("spend.measure.code").entity(String.class).isEqualTo("net-current-expenditure");
        nullFields.path("spend.rows[0].basis").entity(String.class).isEqualTo("OUTTURN");
    }
}

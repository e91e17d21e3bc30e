
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.spend.SpendDimension;
import org.wholeplace.spend.SpendFilter;
import org.wholeplace.spend.SpendQuery;
import org.wholeplace.spend.SpendRequest;
import org.wholeplace.place.ReferenceDataRepository;

/**
 * Prints, with its values inlined, the SQL the backend runs for {@code spend(filter: {years: [YEAR]},
 * groupBy: [PLACE, SERVICE])}: the benchmark gives it to pgbench, so that the database's own speed on the very same
 * statement stands beside the API's.
 *
 * <p>Arguments: an R2DBC url, a financial year label, the limit, and the file to write. The request is the one the
 * benchmark sends, which asks for per-head figures and not for the change.
 *
 * <p>Run by {@code spend-benchmark.sh} as a single-file program on the built jar's classes; not part of the backend.
 */
public final class SpendSqlPrinter {

    private SpendSqlPrinter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: SpendSqlPrinter <r2dbc-url> <year, e.g. 2022-23> <limit> <output file>");
            System.exit(2);
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        ConnectionFactory connections = ConnectionFactories.get(args[0]);
        DSLContext dsl = DSL.using(connections, SQLDialect.POSTGRES);
        ReferenceData reference = new ReferenceDataRepository(dsl).loadAll().block();
        SpendRequest request = SpendRequest.of(
                new SpendFilter(null, null, null, null, null, List.of(args[1]), null, null),
                List.of(SpendDimension.PLACE, SpendDimension.SERVICE), null, Integer.parseInt(args[2]), reference,
                Set.of(SpendRequest.Extra.PER_HEAD));
        Files.writeString(Path.of(args[3]), dsl.renderInlined(new SpendQuery(dsl).statement(request)) + ";\n");
    }
}

package org.wholeplace.spend.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.r2dbc.spi.R2dbcException;
import org.springframework.stereotype.Component;
import org.wholeplace.db.Transactions.TransactionScope;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes spend lines with PostgreSQL COPY, streamed in chunks: many times faster than inserts, and the lines are
 * never held in memory as one buffer. Runs inside the caller's transaction.
 */
@Component
public class SpendLineCopy {

    static final String COPY_SQL = "COPY spend_line (batch_id, place_code, agency_code, service_code, theme_code, "
            + "financial_year, measure_code, intervention_level, supplier, amount, apportioned, apportionment_driver, "
            + "source_line, basis, itemised) "
            + "FROM STDIN (FORMAT csv)";
    private static final int LINES_PER_CHUNK = 512;
    private static final int LINES_PER_SEGMENT = 20_000;

    /**
     * The driver takes all the data of one COPY as fast as it is produced, without backpressure, so a large file
     * would end up in memory whole. Lines therefore go in segments, one COPY statement each, the next segment read
     * only when the previous one is stored: memory stays flat whatever the file's size.
     *
     * @return how many lines PostgreSQL stored
     */
    public Mono<Long> copy(TransactionScope scope, long batchId, Flux<NewSpendLine> lines) {
        // A failing source fails the segment under way: that COPY is aborted (CopyFail) and PostgreSQL answers
        // before the error goes on. Were the error to cancel the COPY from outside, the connection would be left
        // mid-protocol and the rollback would never be answered.
        return lines
                .window(LINES_PER_SEGMENT)
                .concatMapDelayError(segment -> scope.postgres().copyIn(COPY_SQL, segment
                        .map(line -> csv(batchId, line))
                        .buffer(LINES_PER_CHUNK)
                        .map(rows -> Unpooled.wrappedBuffer(String.join("", rows).getBytes(StandardCharsets.UTF_8)))),
                        true, 1)
                .onErrorMap(Exceptions::isMultiple, SpendLineCopy::originalCause)
                .reduce(0L, Long::sum);
    }

    /** Copies lines held in memory, and fails unless PostgreSQL stored every one. */
    public Mono<Void> copyAll(TransactionScope scope, long batchId, List<NewSpendLine> lines) {
        return copy(scope, batchId, Flux.fromIterable(lines))
                .flatMap(copied -> copied == lines.size() ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("COPY stored " + copied + " of " + lines.size()
                                + " lines")));
    }

    /** Of the driver's "COPY failed" and what made it fail, the latter is what the caller needs to hear. */
    private static Throwable originalCause(Throwable multiple) {
        List<Throwable> errors = Exceptions.unwrapMultiple(multiple);
        return errors.stream().filter(e -> !(e instanceof R2dbcException)).findFirst().orElse(errors.getFirst());
    }

    private static String csv(long batchId, NewSpendLine line) {
        return new StringBuilder(128)
                .append(batchId).append(',')
                .append(quoted(line.placeCode())).append(',')
                .append(quoted(line.agencyCode())).append(',')
                .append(quoted(line.serviceCode())).append(',')
                .append(quoted(line.themeCode())).append(',')
                .append(line.financialYear()).append(',')
                .append(quoted(line.measureCode())).append(',')
                .append(quoted(line.interventionLevel())).append(',')
                .append(quoted(line.supplier())).append(',')
                .append(line.amount().toPlainString()).append(',')
                .append(line.apportioned()).append(',')
                .append(quoted(line.apportionmentDriver())).append(',')
                .append(line.sourceLine() == null ? "" : line.sourceLine().toString()).append(',')
                .append(line.basis().code()).append(',')
                .append(line.itemised()).append('\n')
                .toString();
    }

    /** CSV quoting; null is the unquoted empty field, which COPY reads as NULL. */
    private static String quoted(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}

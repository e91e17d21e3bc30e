package org.wholeplace.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.execution.ErrorType;

/** What a client sees of a failed field, and what the log keeps of it. */
@ExtendWith(OutputCaptureExtension.class)
class GraphQlErrorsTest {

    final DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
            .mergedField(MergedField.newMergedField(Field.newField("data").build()).build())
            .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                    .path(ResultPath.parse("/dashboard/panels[0]/data")).build())
            .build();

    @Test
    void refusedInputIsABadRequestWithItsMessage(CapturedOutput output) {
        GraphQLError error = resolve(new InvalidInputException("Unknown place 'X'"));

        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(error.getMessage()).isEqualTo("Unknown place 'X'");
        assertThat(output).doesNotContain("Failed to fetch");
    }

    @Test
    void anyOtherFailureIsLoggedAndReachesTheClientWithoutDetail(CapturedOutput output) {
        GraphQLError error = resolve(new IllegalStateException("connection refused at 10.0.0.7"));

        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage()).isEqualTo("Internal error; it has been logged");
        assertThat(output).contains("Failed to fetch /dashboard/panels[0]/data")
                .contains("connection refused at 10.0.0.7");
    }

    /** A client that went away cancels its request: no failure to log. */
    @Test
    void aRequestCancelledByItsClientIsNotLoggedAsAFailure(CapturedOutput output) {
        GraphQLError error = resolve(new AbortExecutionException("Execution has been asked to be cancelled"));

        assertThat(error.getMessage()).isEqualTo("Cancelled");
        assertThat(output).doesNotContain("Failed to fetch").doesNotContain("AbortExecutionException");
    }

    private GraphQLError resolve(Throwable failure) {
        List<GraphQLError> errors = new GraphQlConfiguration().errors().resolveException(failure, env).block();
        assertThat(errors).hasSize(1);
        return errors.getFirst();
    }
}

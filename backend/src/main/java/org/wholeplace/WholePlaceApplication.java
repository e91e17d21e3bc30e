package org.wholeplace;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.wholeplace.ingest.ImportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WholePlaceApplication {

    /** Serves the API; {@code import <kind> <file>} loads one file instead (see {@link ImportCommand}). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(WholePlaceApplication.class, Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(WholePlaceApplication.class, args);
    }
}

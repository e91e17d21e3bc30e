package org.wholeplace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class WholePlaceApplication {

    public static void main(String[] args) {
        SpringApplication.run(WholePlaceApplication.class, args);
    }
}

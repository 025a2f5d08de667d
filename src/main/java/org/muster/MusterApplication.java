package org.muster;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MusterApplication {

    public static void main(String[] args) {
        SpringApplication.run(MusterApplication.class, args);
    }
}

package org.mutual;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MutualApplication {

    public static void main(String[] args) {
        SpringApplication.run(MutualApplication.class, args);
    }
}

package com.mangaassist.reviewqueue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Review tasks, priorities and SLAs, reviewers and their presence. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReviewQueueApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewQueueApplication.class, args);
    }
}

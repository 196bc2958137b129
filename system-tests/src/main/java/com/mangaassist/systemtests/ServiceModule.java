package com.mangaassist.systemtests;

/** The runnable services of the suite and the Maven module each is built in. */
public enum ServiceModule {
    ORCHESTRATOR("orchestrator-service"),
    REVIEW_QUEUE("review-queue-service"),
    FEEDBACK("feedback-service"),
    THRESHOLD("threshold-service"),
    DELIVERY_WATCHDOG("delivery-watchdog"),
    /** The web console: started last, it is given every other service's URL. */
    CONSOLE("console");

    private final String module;

    ServiceModule(String module) {
        this.module = module;
    }

    public String module() {
        return module;
    }
}

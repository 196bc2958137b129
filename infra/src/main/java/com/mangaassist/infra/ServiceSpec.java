package com.mangaassist.infra;

import com.mangaassist.model.iam.ServicePermissions;
import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.Resources;
import java.util.List;
import java.util.Optional;

/**
 * How one service runs on ECS Fargate: its port, size, task count range, whether it needs Redis, and the queue
 * whose depth scales it (besides CPU).
 */
public record ServiceSpec(
        String name,
        int port,
        int cpu,
        int memoryMiB,
        int minTasks,
        int maxTasks,
        boolean redis,
        Optional<QueueDefinition> scalingQueue) {

    /** The six services of the suite (the console has no AWS rights but runs in the same cluster). */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec(ServicePermissions.ORCHESTRATOR, 8081, 1024, 2048, 2, 12, true, Optional.empty()),
            new ServiceSpec(
                    ServicePermissions.REVIEW_QUEUE_SERVICE,
                    8082,
                    512,
                    1024,
                    2,
                    6,
                    false,
                    Optional.of(Resources.REVIEW_QUEUE)),
            new ServiceSpec(ServicePermissions.FEEDBACK_SERVICE, 8083, 512, 1024, 2, 6, true, Optional.empty()),
            new ServiceSpec(ServicePermissions.THRESHOLD_SERVICE, 8084, 512, 1024, 2, 4, true, Optional.empty()),
            new ServiceSpec(
                    ServicePermissions.DELIVERY_WATCHDOG,
                    8085,
                    512,
                    1024,
                    2,
                    8,
                    false,
                    Optional.of(Resources.DELIVERIES)),
            new ServiceSpec(ServicePermissions.CONSOLE, 8080, 512, 1024, 1, 3, false, Optional.empty()));

    /**
     * The health check the container runs: liveness only (the JVM and its context work). The aggregate health
     * includes dependencies, and ECS would replace every task when one of them failed; the load balancers use
     * readiness instead.
     */
    public String healthCommand() {
        return "curl -fs http://localhost:" + port + "/actuator/health/liveness || exit 1";
    }
}

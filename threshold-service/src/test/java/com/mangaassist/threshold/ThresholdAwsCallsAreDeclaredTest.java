package com.mangaassist.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.architecture.AwsCalls;
import org.junit.jupiter.api.Test;

/**
 * The AWS calls threshold-service's code makes (and the tables and queues it wires in) are exactly those its task role is
 * declared to grant in {@code ServicePermissions}: a call without a grant, or a grant without a call, is red.
 */
class ThresholdAwsCallsAreDeclaredTest {

    private static final String SERVICE = "threshold-service";

    @Test
    void everyAwsCallIsDeclaredAndEveryDeclaredGrantIsCalled() {
        AwsCalls.Derived code =
                AwsCalls.derive(AwsCalls.importService("com.mangaassist.threshold"), "com.mangaassist.threshold");

        assertThat(AwsCalls.differences(code, AwsCalls.Derived.declared(SERVICE)))
                .as("%s calls %s and wires %s", SERVICE, code.actions(), code.resources())
                .isEmpty();
    }

    @Test
    void everyTableActionOfAnAdapterIsDeclaredOnTheTableItIsWiredWith() {
        assertThat(AwsCalls.undeclaredTableActions(
                        AwsCalls.importService("com.mangaassist.threshold"), "com.mangaassist.threshold", SERVICE))
                .isEmpty();
    }
}

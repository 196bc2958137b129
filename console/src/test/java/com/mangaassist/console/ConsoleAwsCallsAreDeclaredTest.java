package com.mangaassist.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.architecture.AwsCalls;
import org.junit.jupiter.api.Test;

/**
 * The AWS calls console's code makes (and the tables and queues it wires in) are exactly those its task role is
 * declared to grant in {@code ServicePermissions}: a call without a grant, or a grant without a call, is red.
 */
class ConsoleAwsCallsAreDeclaredTest {

    private static final String SERVICE = "console";

    @Test
    void everyAwsCallIsDeclaredAndEveryDeclaredGrantIsCalled() {
        AwsCalls.Derived code =
                AwsCalls.derive(AwsCalls.importService("com.mangaassist.console"), "com.mangaassist.console");

        assertThat(AwsCalls.differences(code, AwsCalls.Derived.declared(SERVICE)))
                .as("%s calls %s and wires %s", SERVICE, code.actions(), code.resources())
                .isEmpty();
    }

    @Test
    void everyTableActionOfAnAdapterIsDeclaredOnTheTableItIsWiredWith() {
        assertThat(AwsCalls.undeclaredTableActions(
                        AwsCalls.importService("com.mangaassist.console"), "com.mangaassist.console", SERVICE))
                .isEmpty();
    }
}

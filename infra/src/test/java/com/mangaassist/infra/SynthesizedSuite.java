package com.mangaassist.infra;

import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/**
 * The app synthesized once per test JVM (synthesis starts the jsii Node runtime, seconds each time): images from
 * an ECR repository prefix so no Docker asset is staged.
 */
public final class SynthesizedSuite {

    public static final String PREFIX = "prod";

    private static MangaAssistStack stack;
    private static Template template;
    private static long synthMillis;

    private SynthesizedSuite() {}

    public static synchronized MangaAssistStack stack() {
        if (stack == null) {
            long start = System.nanoTime();
            App app = new App();
            DeploymentSettings settings = DeploymentSettings.fromContext(key -> Map.<String, Object>of(
                            "prefix", PREFIX,
                            "emailDomain", "mangaassist.example",
                            "imageRepositoryPrefix", "mangaassist/",
                            "imageTag", "test")
                    .get(key));
            stack = new MangaAssistStack(app, PREFIX, StackProps.builder().build(), settings);
            template = Template.fromStack(stack);
            synthMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("synthesized the app in " + synthMillis + " ms");
        }
        return stack;
    }

    public static synchronized Template template() {
        stack();
        return template;
    }

    /** The template as plain maps and lists, as CloudFormation reads it. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> json() {
        return (Map<String, Object>) template().toJSON();
    }
}

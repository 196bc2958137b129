package com.mangaassist.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: one stack with the whole suite. {@code cd infra && npx cdk synth} (cdk.json runs this class);
 * parameters come from context, see {@link DeploymentSettings} and docs/DEPLOY.md.
 */
public final class MangaAssistApp {

    private MangaAssistApp() {}

    public static void main(String[] args) {
        App app = new App();
        DeploymentSettings settings =
                DeploymentSettings.fromContext(key -> app.getNode().tryGetContext(key));
        new MangaAssistStack(
                app,
                settings.prefix(),
                StackProps.builder()
                        .env(Environment.builder()
                                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                                .region(System.getenv("CDK_DEFAULT_REGION"))
                                .build())
                        .description(
                                "MangaAssist (" + settings.prefix() + "): chat, review, feedback, thresholds, delivery")
                        .build(),
                settings);
        app.synth();
    }
}

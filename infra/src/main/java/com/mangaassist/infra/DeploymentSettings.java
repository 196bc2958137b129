package com.mangaassist.infra;

import com.mangaassist.model.resources.ResourceNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parameters of one deployment, read from CDK context ({@code cdk deploy -c prefix=prod -c
 * emailDomain=mangaassist.example ...}) and validated eagerly, so a typo fails the synth rather than the deploy.
 *
 * @param prefix resource prefix ({@code <prefix>-messages}), also the stack name's stem
 * @param emailDomain the SES domain identity the watchdog sends from
 * @param emailSender the sender address, inside {@code emailDomain}
 * @param imageTag the tag of the service images when {@code imageRepositoryPrefix} is set
 * @param imageRepositoryPrefix when set, images are {@code <prefix><service>:<imageTag>} from ECR; when absent the
 *     images are built from this repository's jars by {@code cdk deploy} (a Docker asset)
 * @param metricsNamespace the CloudWatch namespace the services publish to and the alarms read
 * @param pagesEmail optional: an address subscribed to the pages topic
 * @param consoleCallbackUrl the console's OAuth callback (its public URL + {@code /login/oauth2/code/cognito})
 * @param foundationModels the Bedrock model ids the orchestrator may invoke (answers and embeddings)
 * @param repositoryRoot the repository's root directory, the Docker build context of the service images
 */
public record DeploymentSettings(
        String prefix,
        String emailDomain,
        String emailSender,
        String imageTag,
        Optional<String> imageRepositoryPrefix,
        String metricsNamespace,
        Optional<String> pagesEmail,
        String consoleCallbackUrl,
        List<String> foundationModels,
        String repositoryRoot) {

    /** Claude 3 Haiku (fast), Claude 3.5 Sonnet (strong), Titan embeddings v2: the orchestrator's defaults. */
    public static final List<String> DEFAULT_MODELS = List.of(
            "anthropic.claude-3-haiku-20240307-v1:0",
            "anthropic.claude-3-5-sonnet-20240620-v1:0",
            "amazon.titan-embed-text-v2:0");

    public DeploymentSettings {
        Objects.requireNonNull(repositoryRoot, "repositoryRoot");
        Objects.requireNonNull(prefix, "prefix");
        ResourceNames.physical(prefix, "check");
        if (emailDomain == null || !emailDomain.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
            throw new IllegalArgumentException("emailDomain must be a domain name: " + emailDomain);
        }
        if (emailSender == null || !emailSender.endsWith("@" + emailDomain)) {
            throw new IllegalArgumentException("emailSender must be an address at " + emailDomain + ": " + emailSender);
        }
        if (imageTag == null || !imageTag.matches("[A-Za-z0-9_.-]{1,128}")) {
            throw new IllegalArgumentException("imageTag must be a Docker tag: " + imageTag);
        }
        Objects.requireNonNull(imageRepositoryPrefix, "imageRepositoryPrefix");
        if (metricsNamespace == null || metricsNamespace.isBlank()) {
            throw new IllegalArgumentException("metricsNamespace is required");
        }
        Objects.requireNonNull(pagesEmail, "pagesEmail");
        if (consoleCallbackUrl == null || !consoleCallbackUrl.startsWith("https://")) {
            throw new IllegalArgumentException("consoleCallbackUrl must be https: " + consoleCallbackUrl);
        }
        foundationModels = List.copyOf(foundationModels);
        if (foundationModels.isEmpty() || foundationModels.stream().anyMatch(m -> m.contains("*"))) {
            throw new IllegalArgumentException("foundationModels must name models, no wildcards: " + foundationModels);
        }
    }

    /**
     * Reads the settings from context values; absent ones take the defaults documented in docs/DEPLOY.md.
     *
     * @param context a context lookup ({@code node::tryGetContext}); returns null for an absent key
     */
    public static DeploymentSettings fromContext(Function<String, Object> context) {
        String prefix = text(context, "prefix", "mangaassist-prod");
        String domain = text(context, "emailDomain", "mangaassist.example");
        String models = text(context, "foundationModels", String.join(",", DEFAULT_MODELS));
        return new DeploymentSettings(
                prefix,
                domain,
                text(context, "emailSender", "no-reply@" + domain),
                text(context, "imageTag", "latest"),
                Optional.ofNullable(text(context, "imageRepositoryPrefix", null)),
                text(context, "metricsNamespace", "MangaAssist"),
                Optional.ofNullable(text(context, "pagesEmail", null)),
                text(context, "consoleCallbackUrl", "https://console." + domain + "/login/oauth2/code/cognito"),
                List.of(models.split(",")),
                text(context, "repositoryRoot", ".."));
    }

    private static String text(Function<String, Object> context, String key, String fallback) {
        Object value = context.apply(key);
        return value == null || value.toString().isBlank()
                ? fallback
                : value.toString().trim();
    }
}

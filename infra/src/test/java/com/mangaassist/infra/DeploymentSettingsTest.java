package com.mangaassist.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentSettingsTest {

    @Test
    void absentContextTakesTheDocumentedDefaults() {
        DeploymentSettings settings = DeploymentSettings.fromContext(key -> null);

        assertThat(settings.prefix()).isEqualTo("mangaassist-prod");
        assertThat(settings.emailSender()).isEqualTo("no-reply@mangaassist.example");
        assertThat(settings.metricsNamespace()).isEqualTo("MangaAssist");
        assertThat(settings.imageRepositoryPrefix()).isEmpty();
        assertThat(settings.foundationModels()).isEqualTo(DeploymentSettings.DEFAULT_MODELS);
    }

    @Test
    void aSenderOutsideTheDomainAWildcardModelAndABadPrefixFailTheSynth() {
        assertThatThrownBy(() -> DeploymentSettings.fromContext(
                        key -> Map.of("emailDomain", "shop.example.com", "emailSender", "x@other.example")
                                .get(key)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emailSender");
        assertThatThrownBy(() -> DeploymentSettings.fromContext(
                        key -> Map.of("foundationModels", "anthropic.*").get(key)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wildcards");
        assertThatThrownBy(() -> DeploymentSettings.fromContext(
                        key -> Map.of("prefix", "bad prefix!").get(key)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

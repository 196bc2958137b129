package com.mangaassist.localaws.opensearch;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.painless.spi.PainlessExtension;
import org.opensearch.plugins.ExtensiblePlugin.ExtensionLoader;
import org.opensearch.plugins.Plugin;

/**
 * An OpenSearch plugin that makes the Painless extensions found on the classpath, such as the k-NN
 * scoring functions ({@code cosineSimilarity}, {@code l2Squared}, ...), available to Painless scripts.
 *
 * <p>An installed OpenSearch does this for plugins that extend {@code lang-painless}; a node whose
 * plugins come from the classpath, like the stand-in's, skips it. It must be public because OpenSearch
 * instantiates plugins reflectively.
 */
public final class ClasspathPainlessExtensions extends Plugin {

    /** Painless keeps its allowlists in a static map: register the extensions once per JVM. */
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    public ClasspathPainlessExtensions() {
        if (REGISTERED.compareAndSet(false, true)) {
            new PainlessPlugin().loadExtensions(new ServiceLoaderExtensions());
        }
    }

    private static final class ServiceLoaderExtensions implements ExtensionLoader {

        @Override
        public <T> List<T> loadExtensions(Class<T> extensionPointType) {
            if (extensionPointType != PainlessExtension.class) {
                return List.of();
            }
            return ServiceLoader.load(extensionPointType, ClasspathPainlessExtensions.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();
        }
    }
}

package com.mangaassist.orchestrator.config;

import com.mangaassist.orchestrator.governed.adapter.in.redis.ChangeNotificationSubscription;
import com.mangaassist.orchestrator.governed.adapter.in.redis.RedisChangeNotifications;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** One Redis listener container for every change-notification channel of governed configuration. */
@Configuration(proxyBeanMethods = false)
class GovernedConfiguration {

    @Bean
    RedisMessageListenerContainer changeNotificationListenerContainer(
            RedisConnectionFactory connections, List<RedisChangeNotifications> notifications) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        // started by changeNotificationSubscription, off the start-up path: Redis down must not stop a start
        container.setAutoStartup(false);
        notifications.forEach(channel -> channel.subscribe(container));
        return container;
    }

    @Bean
    ChangeNotificationSubscription changeNotificationSubscription(
            RedisMessageListenerContainer changeNotificationListenerContainer,
            List<RedisChangeNotifications> notifications) {
        return new ChangeNotificationSubscription(
                changeNotificationListenerContainer, notifications, Duration.ofSeconds(5));
    }
}

package com.mangaassist.delivery.promise.adapter.out.push;

import com.mangaassist.delivery.promise.domain.CustomerMessages;
import com.mangaassist.delivery.promise.domain.PushNotifier;

/** Stands where a push provider (SNS mobile push, FCM) will be: sends nothing, says so. */
public final class NoPushProvider implements PushNotifier {

    @Override
    public boolean push(String userId, String messageId, CustomerMessages.Email summary) {
        return false;
    }
}

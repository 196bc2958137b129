package com.mangaassist.delivery.promise.domain;

import java.util.Optional;

/** Contact details from {@code customer-profiles}. */
public interface CustomerContacts {

    Optional<String> email(String userId);
}

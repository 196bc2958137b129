package com.mangaassist.console.api.domain;

import java.util.Optional;

/** What a service answered, passed to the page as it is (status, problem details and all). */
public record ServiceResponse(int status, Optional<String> contentType, byte[] body) {}

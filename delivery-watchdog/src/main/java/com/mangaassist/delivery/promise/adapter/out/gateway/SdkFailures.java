package com.mangaassist.delivery.promise.adapter.out.gateway;

import com.mangaassist.delivery.promise.domain.FailureKind;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.ForbiddenException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.LimitExceededException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.PayloadTooLargeException;

/** Maps an SDK exception to a {@link FailureKind}. */
public final class SdkFailures {

    private SdkFailures() {}

    public static FailureKind classify(SdkException e) {
        if (e instanceof LimitExceededException) {
            return FailureKind.THROTTLED;
        }
        if (e instanceof ForbiddenException) {
            return FailureKind.ACCESS_DENIED;
        }
        if (e instanceof PayloadTooLargeException) {
            return FailureKind.VALIDATION;
        }
        if (e instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) e;
            if (service.isThrottlingException()) {
                return FailureKind.THROTTLED;
            }
            String code = service.awsErrorDetails() == null
                    ? null
                    : service.awsErrorDetails().errorCode();
            return FailureKind.classify(service.statusCode(), code);
        }
        // no service answer: I/O error, timeout, refused connection
        return FailureKind.NETWORK;
    }
}

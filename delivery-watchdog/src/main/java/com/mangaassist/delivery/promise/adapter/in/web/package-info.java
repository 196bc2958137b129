/** The on-call runbook endpoints under {@code /api/runbook/deliveries}. */
package com.mangaassist.delivery.promise.adapter.in.web;

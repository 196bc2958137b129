/** Wiring: settings records, security rules and the beans that join ports to adapters. */
package com.mangaassist.threshold.config;

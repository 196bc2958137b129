/** Category ownership from configuration. */
package com.mangaassist.threshold.changerequest.adapter.out.config;

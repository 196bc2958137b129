/** The pages' endpoint for calling a service's public API. */
package com.mangaassist.console.api.adapter.in.web;

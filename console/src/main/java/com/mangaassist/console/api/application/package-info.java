/** The call use case and the port to the services. */
package com.mangaassist.console.api.application;

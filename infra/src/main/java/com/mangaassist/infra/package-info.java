/** AWS resources of the suite, derived from the shared definitions in shared-model. */
package com.mangaassist.infra;

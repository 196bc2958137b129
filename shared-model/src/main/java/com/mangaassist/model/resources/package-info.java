/** Provider-neutral definitions of every table, index and queue, used to provision AWS and the local stack. */
package com.mangaassist.model.resources;

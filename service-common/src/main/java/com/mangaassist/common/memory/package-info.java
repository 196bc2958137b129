/** How a service gives back the memory its start-up used. */
package com.mangaassist.common.memory;

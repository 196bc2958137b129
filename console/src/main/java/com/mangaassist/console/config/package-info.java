/** Wiring and settings of the console. */
package com.mangaassist.console.config;

/** The local stack: its stand-ins, the launcher that composes them and the endpoints it publishes. */
package com.mangaassist.localaws;

/** The chat gateway customers connect to. */
package com.mangaassist.console.chat.domain;

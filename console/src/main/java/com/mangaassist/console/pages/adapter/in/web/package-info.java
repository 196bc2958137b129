/** The console's pages and what their layout shares. */
package com.mangaassist.console.pages.adapter.in.web;

/** Problem-details helpers for web adapters. */
package com.mangaassist.common.web;

/** The routing statistics endpoint. */
package com.mangaassist.threshold.traffic.adapter.in.web;

/** JWT resource-server defaults shared by every service: roles claim, problem-details 401/403. */
package com.mangaassist.common.security;

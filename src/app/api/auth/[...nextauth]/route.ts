// GET/POST /api/auth/* - Auth.js: OpenID Connect callbacks, session and sign-out endpoints.
export { GET, POST } from '@/server/auth/handlers'

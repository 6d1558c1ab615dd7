import { GET as authGet, POST as authPost } from '@/server/auth/handlers'
import { definePublicRoute } from '@/server/usecase/define-route'

// GET/POST /api/auth/* - Auth.js: OpenID Connect callbacks, session and sign-out endpoints.
export const GET = definePublicRoute('/api/auth/[...nextauth]', authGet)
export const POST = definePublicRoute('/api/auth/[...nextauth]', authPost)

// Runs anywhere. Spanish (phrase.ts explains the notation).
import type { LanguagePhrases } from '../phrase';
import type { PageSays } from '../kinds';

const ABOUT_THE_MAIL = 'enlace|correo|email|mail|código|codigo|enviad*|instrucciones';

export const es: LanguagePhrases<PageSays> = {
  lang: 'es',
  not: 'no|nunca|error|fallo|falló|imposible',
  phrases: {
    'password-changed': [
      ['contraseña|clave', 'cambiad*|actualizad*|restablecid*|modificad*|guardad*|restaurad*|establecid*|creada', `!última|ultima|hace|cada|debe|${ABOUT_THE_MAIL}`],
      ['contraseña|clave', 'éxito|exitosamente|correctamente|exitosa|exitoso', `!${ABOUT_THE_MAIL}`],
    ],
    sent: [
      ['enviad*|enviamos|mandamos|mandad*', 'correo|email|mail|enlace|código|codigo|instrucciones|mensaje|sms'],
      ['revisa|revise|consulta|comprueba|verifica|abre', 'correo|bandeja|email|mail|buzón', '!dirección|correcto|válido|escrib*|introduc*|ingres*'],
    ],
    'code-wrong': [
      ['código|codigo', 'incorrect*|inválid*|invalid*|erróne*|no es válido|no coincide'],
    ],
    expired: [
      ['enlace|vínculo|link|token', 'caducad*|expirad*|vencid*|inválid*|ya no es válido|utilizado|usado'],
      ['código|codigo', 'caducad*|expirad*|vencid*'],
    ],
    'too-many-attempts': [
      ['demasiad*', 'intentos|solicitudes|veces|peticiones'],
      ['excedid*|superad*|alcanzad*', 'límite|limite|intentos|número|máximo'],
    ],
  },
};
